# Wrong: branch B reads branch A's map, in series, instead of the image (explained by structure, no table entry).
# Expect: fail "branch b .* the branches run in series"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(wide)
    stacked = keras.layers.Concatenate()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
