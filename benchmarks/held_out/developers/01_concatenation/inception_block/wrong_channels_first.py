# Misconception: images are (channels, height, width), as in PyTorch
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(3, 16, 16))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu", data_format="channels_first")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu", data_format="channels_first")(image)
    stacked = keras.layers.Concatenate(axis=1)([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1, data_format="channels_first")(stacked))
