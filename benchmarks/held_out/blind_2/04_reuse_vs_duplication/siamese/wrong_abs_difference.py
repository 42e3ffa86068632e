# Misconception: Siamese tutorials use the L1 distance |left - right|, so took the absolute value
# Expect: fail
import keras


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.ops.abs(encoder(left) - encoder(right))
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
