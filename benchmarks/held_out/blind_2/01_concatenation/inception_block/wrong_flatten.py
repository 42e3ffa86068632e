# Misconception: Dense-style thinking: flatten both maps before merging
# Expect: fail
import keras


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([keras.layers.Flatten()(a), keras.layers.Flatten()(b)])
    out = keras.layers.Dense(16 * 16 * 2)(stacked)
    return keras.Model(image, keras.layers.Reshape((16, 16, 2))(out))
