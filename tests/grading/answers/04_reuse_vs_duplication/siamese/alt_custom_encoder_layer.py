# Alternative: the encoder as a custom Layer holding its Dense sublayer, one instance
# called on both inputs.
# Expect: pass
class Encoder(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(4, activation="relu")

    def call(self, x):
        return self.dense(x)


def build_siamese_model():
    left, right = keras.Input((8,)), keras.Input((8,))
    encoder = Encoder()
    merged = keras.layers.Concatenate(axis=-1)([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
