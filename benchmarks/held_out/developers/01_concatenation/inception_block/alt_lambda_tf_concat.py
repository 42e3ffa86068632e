# Alternative: a Lambda around tf.concat on axis 3, Activation layers
# Expect: pass
import tensorflow as tf


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Activation("relu")(keras.layers.Conv2D(8, 3, padding="same")(image))
    b = keras.layers.Activation("relu")(keras.layers.Conv2D(4, 1, padding="valid")(image))
    stacked = keras.layers.Lambda(lambda t: tf.concat(t, axis=3))([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
