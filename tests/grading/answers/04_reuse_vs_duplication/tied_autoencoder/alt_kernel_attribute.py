# Alternative: the decoder keeps the encoder's kernel variable itself (not its values) and
# transposes it at each call; the encoder is called first, so its kernel exists.
# Expect: pass
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.tied_kernel = self.tied_to.kernel  # the variable object, shared
        self.bias = self.add_weight(shape=(self.tied_kernel.shape[0],), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_kernel)) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,), name="pixels")
    encoder = keras.layers.Dense(5, activation="relu", name="squeeze")
    code = encoder(inputs)
    return keras.Model(inputs, DenseTransposed(encoder, name="unsqueeze")(code))
