# Alternative: the whole autoencoder as a subclassed keras.Model that owns the decoder's bias.
# Expect: pass
class TiedAutoencoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.encoder = keras.layers.Dense(5, activation="relu")

    def build(self, input_shape):
        self.encoder.build(input_shape)
        self.decoder_bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, inputs):
        code = self.encoder(inputs)
        return code @ keras.ops.transpose(self.encoder.kernel) + self.decoder_bias


def build_tied_autoencoder():
    model = TiedAutoencoder()
    model.build((None, 12))
    return model
