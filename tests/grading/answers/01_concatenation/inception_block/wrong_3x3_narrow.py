# Wrong: branch B with a 3×3 kernel where the task asks for a 1×1 convolution (explained by structure, no table entry).
# Expect: fail "3×3 kernel, the task asks for 1×1"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 3, padding="same", activation="relu")(image)
    stacked = keras.layers.Concatenate()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
