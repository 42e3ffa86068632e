# Alternative: a Sequential autoencoder; the decoder reads the kernel with einsum.
# Expect: pass
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.tied_to.kernel.shape[0],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.einsum("bj,ij->bi", inputs, self.tied_to.kernel) + self.bias


def build_tied_autoencoder():
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Sequential([keras.Input((12,)), encoder, DenseTransposed(encoder)])
