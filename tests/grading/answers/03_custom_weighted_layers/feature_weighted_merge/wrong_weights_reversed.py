# Misconception: the order of the inputs does not matter when zipping weights and inputs
# (reversed, each input gets another input's row of weights).
# Expect: fail "the right weights, given to the inputs in the reverse order"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(reversed(inputs)))
