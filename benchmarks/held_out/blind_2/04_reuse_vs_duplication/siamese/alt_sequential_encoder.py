# Alternative: the encoder is a Sequential model called on both inputs
# Expect: pass
import keras


def build_siamese_model():
    encoder = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")], name="encoder")
    left = keras.Input(shape=(10,), name="left")
    right = keras.Input(shape=(10,), name="right")
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
