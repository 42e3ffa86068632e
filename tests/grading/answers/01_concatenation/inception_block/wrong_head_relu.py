# Wrong: a ReLU on the 1×1 head, which the task leaves without activation (explained by structure, no table entry).
# Expect: fail "head \(Conv2D\(2, 1×1\) on stacked\) has a relu where the task asks for no activation"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1, activation="relu")(stacked))
