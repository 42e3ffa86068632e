# Misconception: the logits are settings, not weights to learn (trainable=False).
# Expect: fail "the weights were made with trainable=False"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", trainable=False
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
