# Misconception: a sigmoid turns each logit into a weight between 0 and 1, which is all a
# mix needs (nothing makes them sum to one) (explained by the weights the output implies, no
# table entry)
# Expect: fail "each weight is the sigmoid of its logit"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.sigmoid(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
