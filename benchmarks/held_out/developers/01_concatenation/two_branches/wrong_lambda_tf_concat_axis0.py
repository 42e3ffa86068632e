# Misconception: a Lambda around tf.concat with the tutorial's axis=0
# Expect: fail
import tensorflow as tf


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Lambda(lambda t: tf.concat(t, axis=0))([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))
