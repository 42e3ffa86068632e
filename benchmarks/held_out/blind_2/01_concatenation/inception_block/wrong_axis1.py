# Misconception: "channels" thought to be axis 1, as in PyTorch's NCHW
# Expect: fail
import keras


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate(axis=1)([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
