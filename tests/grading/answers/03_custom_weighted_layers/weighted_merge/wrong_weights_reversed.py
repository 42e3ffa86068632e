# Misconception: stacking the inputs on the first axis and the weights on the last lines
# them up (the weights come out reversed: weight 1 multiplies the last input).
# (explained by the weights the output implies, no table entry)
# Expect: fail "the right weights, given to the inputs in another order"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.flip(keras.ops.softmax(self.logits), axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
