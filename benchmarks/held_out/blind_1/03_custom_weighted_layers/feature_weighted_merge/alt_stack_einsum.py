# Alternative: stacks on axis 1 and contracts with einsum
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.mix_logits = self.add_weight(
            shape=(len(input_shape), int(input_shape[0][-1])), initializer="random_normal", trainable=True)

    def call(self, inputs):
        w = keras.ops.softmax(self.mix_logits, axis=0)
        stacked = keras.ops.stack(inputs, axis=1)       # (batch, inputs, features)
        return keras.ops.einsum("bif,if->bf", stacked, w)
