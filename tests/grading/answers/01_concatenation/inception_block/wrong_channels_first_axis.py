# Misconception: channels are axis 1 (PyTorch's dim=1); Keras is channels-last.
# Expect: fail "use Concatenate\(axis=-1\)"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate(axis=1)([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
