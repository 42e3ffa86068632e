# Misconception: the logits are the mixing weights; training will keep them sensible.
# Expect: fail "the logits are used as they are, not normalised"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        return sum(self.logits[i] * tensor for i, tensor in enumerate(inputs))
