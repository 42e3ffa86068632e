# Misconception: the decoder mirrors the encoder, activation included.
# Expect: fail "a relu is applied to the decoder's output"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(12,), initializer="zeros")

    def call(self, inputs):
        kernel = keras.ops.transpose(self.tied_to.kernel)
        return keras.ops.relu(keras.ops.matmul(inputs, kernel) + self.bias)


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
