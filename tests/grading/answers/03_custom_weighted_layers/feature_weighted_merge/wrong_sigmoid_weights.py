# Misconception: a sigmoid turns each logit into a weight between 0 and 1, which is enough.
# Expect: fail "each weight is the sigmoid of its logit"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.sigmoid(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
