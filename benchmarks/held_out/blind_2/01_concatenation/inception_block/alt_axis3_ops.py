# Alternative: explicit axis=3 via keras.ops.concatenate
# Expect: pass
import keras


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, (3, 3), padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, (1, 1), padding="valid", activation="relu")(image)
    stacked = keras.ops.concatenate([a, b], axis=3)
    return keras.Model(inputs=image, outputs=keras.layers.Conv2D(2, (1, 1))(stacked))
