# Alternative: a subclassed Model holding one encoder, wrapped on symbolic inputs
# Expect: pass
import keras


class Siamese(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.encoder = keras.layers.Dense(6, activation="tanh")
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        left, right = inputs
        return self.head(keras.ops.subtract(self.encoder(left), self.encoder(right)))


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    return keras.Model([left, right], Siamese()([left, right]))
