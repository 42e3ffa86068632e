# Alternative: the lesson's second way, the tie inside one layer: it makes the encoder as a
# sublayer and decodes with that sublayer's kernel, transposed.
# Expect: pass
class TiedAutoencoder(keras.layers.Layer):
    def __init__(self, code_units, **kwargs):
        super().__init__(**kwargs)
        self.encoder = keras.layers.Dense(code_units, activation="relu")

    def build(self, input_shape):
        self.encoder.build(input_shape)
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        code = self.encoder(inputs)
        return keras.ops.matmul(code, keras.ops.transpose(self.encoder.kernel)) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    return keras.Model(inputs, TiedAutoencoder(5)(inputs))
