# Misconception: "the same encoder" meant two identical Dense(6, tanh) layers
# Expect: fail
import keras


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    l = keras.layers.Dense(6, activation="tanh")(left)
    r = keras.layers.Dense(6, activation="tanh")(right)
    diff = keras.layers.Subtract()([l, r])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
