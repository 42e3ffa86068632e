# Alternative: activations as separate layers, axis=3 spelled out
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(filters=8, kernel_size=(3, 3), padding="same")(image)
    a = keras.layers.ReLU()(a)
    b = keras.layers.Conv2D(filters=4, kernel_size=(1, 1))(image)
    b = keras.layers.Activation("relu")(b)
    merged = keras.layers.Concatenate(axis=3)([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, (1, 1))(merged))
