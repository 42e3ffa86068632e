# Alternative: the encoder as a custom Layer holding its Dense sublayer, one instance
# called on both inputs.
# Expect: pass
class Encoder(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(6, activation="tanh")

    def call(self, x):
        return self.dense(x)


def build_siamese_model():
    left, right = keras.Input((10,)), keras.Input((10,))
    encoder = Encoder()
    merged = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
