# Misconception: the order of the maps in Concatenate does not matter.
# Expect: fail "stacked in the other order"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([narrow, wide])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
