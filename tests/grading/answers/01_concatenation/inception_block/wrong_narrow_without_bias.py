# Wrong: branch B with use_bias=False, copied from a BatchNormalization recipe (explained by structure, no table entry).
# Expect: fail "branch b \(Conv2D\) .* has no bias"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu", use_bias=False)(image)
    stacked = keras.layers.Concatenate()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
