# Misconception: the decoder uses the encoder's kernel as it is (8 × 3 cannot multiply
# a code of 3 values: it must be transposed to 3 × 8).
# Expect: fail "two tensors of incompatible shapes meet \(3 and 8\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(8,), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.tied_to.kernel) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(8,))
    encoder = keras.layers.Dense(3, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
