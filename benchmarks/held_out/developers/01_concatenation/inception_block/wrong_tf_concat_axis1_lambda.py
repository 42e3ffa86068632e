# Misconception: tf.concat in a Lambda joins channels on axis 2 (counted height=1, width=2 as channels-first habit)
# Expect: fail
import tensorflow as tf


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Lambda(lambda t: tf.concat(t, axis=2))([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
