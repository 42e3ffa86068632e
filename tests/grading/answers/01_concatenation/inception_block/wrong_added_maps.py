# Misconception: Add stacks feature maps (it sums them, and needs equal shapes).
# Expect: fail "element-wise merges .* combine values position by position"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Add()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
