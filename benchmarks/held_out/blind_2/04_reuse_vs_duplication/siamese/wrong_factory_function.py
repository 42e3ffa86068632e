# Misconception: a helper function returning the encoder gives the same encoder each call
# Expect: fail
import keras


def encoder():
    return keras.layers.Dense(6, activation="tanh", name=None)


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    diff = keras.layers.Subtract()([encoder()(left), encoder()(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
