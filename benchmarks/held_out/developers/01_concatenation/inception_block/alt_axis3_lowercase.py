# Alternative: keras.layers.concatenate with axis=3
# Expect: pass
from keras import layers


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = layers.Conv2D(8, kernel_size=(3, 3), padding="same", activation="relu")(image)
    narrow = layers.Conv2D(4, kernel_size=(1, 1), activation="relu")(image)
    return keras.Model(inputs=image, outputs=layers.Conv2D(2, (1, 1))(layers.concatenate([wide, narrow], axis=3)))
