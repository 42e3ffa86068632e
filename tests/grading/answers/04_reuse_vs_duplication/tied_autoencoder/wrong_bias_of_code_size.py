# Misconception: the decoder's bias has the size of what it reads (5, the code), not of
# what it gives (12, the rebuilt input).
# Expect: fail "two tensors of incompatible shapes meet \(12 and 5\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_to.kernel)) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
