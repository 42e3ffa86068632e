# Alternative: the decoder reads the kernel through keras.ops.dot with the code and the
# transposed kernel; bias sized from the kernel; names given.
# Expect: pass
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        out = self.tied_to.kernel.shape[0]
        self.out_bias = self.add_weight(shape=(out,), initializer="zeros", name="out_bias")

    def call(self, code):
        return keras.ops.dot(code, keras.ops.transpose(self.tied_to.kernel)) + self.out_bias


def build_tied_autoencoder():
    x = keras.Input(shape=(12,), name="signal")
    encoder = keras.layers.Dense(5, activation="relu", name="squeeze")
    code = encoder(x)
    return keras.Model(x, DenseTransposed(encoder, name="unsqueeze")(code))
