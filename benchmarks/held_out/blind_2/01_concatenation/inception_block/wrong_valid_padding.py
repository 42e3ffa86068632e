# Misconception: forgot padding="same" on the 3x3 branch and cropped the other to match
# Expect: fail
import keras


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    b = keras.layers.Cropping2D(1)(b)
    stacked = keras.layers.Concatenate()([a, b])
    out = keras.layers.Conv2D(2, 1)(stacked)
    out = keras.layers.ZeroPadding2D(1)(out)
    return keras.Model(image, out)
