# Alternative: a custom layer holding the encoder, called on both inputs inside call()
# Expect: pass
class SiameseDifference(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.encoder = keras.layers.Dense(6, activation="tanh")

    def call(self, inputs):
        left, right = inputs
        return self.encoder(left) - self.encoder(right)


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    diff = SiameseDifference()([left, right])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
