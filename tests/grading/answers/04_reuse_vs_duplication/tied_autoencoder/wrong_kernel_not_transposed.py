# Misconception: the decoder uses the encoder's kernel as it is (12 × 5 cannot multiply
# a code of 5 values: it must be transposed to 5 × 12).
# Expect: fail "two tensors of incompatible shapes meet \(5 and 12\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(12,), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.tied_to.kernel) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
