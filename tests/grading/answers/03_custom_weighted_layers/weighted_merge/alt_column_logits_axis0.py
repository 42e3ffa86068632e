# Alternative: logits of shape (n, 1), softmax taken over axis 0 (the inputs' axis),
# the inputs stacked on a new first axis and summed.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.mix_logits = self.add_weight(
            shape=(len(input_shape), 1), initializer="ones", trainable=True, name="mix"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.mix_logits, axis=0)  # (n, 1)
        stacked = keras.ops.stack(inputs, axis=0)  # (n, batch, ...)
        shape = (-1,) + (1,) * (len(stacked.shape) - 1)
        return keras.ops.sum(keras.ops.reshape(weights, shape) * stacked, axis=0)
