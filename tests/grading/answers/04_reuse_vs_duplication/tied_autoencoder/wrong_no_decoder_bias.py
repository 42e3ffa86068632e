# Misconception: tied weights mean the decoder owns no weights at all.
# Expect: fail "the decoder has no bias of its own"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_to.kernel))


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
