# Misconception: the decoder's bias has 8 values, as the lesson's (transcription, not transfer:
# this autoencoder rebuilds 12 values; size the bias from the kernel, not by hand).
# Expect: fail "two tensors of incompatible shapes meet \(12 and 8\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(8,), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_to.kernel)) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
