# Alternative: Reshape instead of Flatten, the shortcut first, the lower-case add()
# helper, a ReLU layer, other names.
# Expect: pass
def build_residual_model():
    image = keras.Input((4, 4, 8))
    vector = keras.layers.Reshape((128,))(image)
    projected = keras.layers.Dense(units=16, activation=None)(vector)
    hidden = keras.layers.Dense(32)(vector)
    hidden = keras.layers.ReLU()(hidden)
    residual = keras.layers.Dense(16)(hidden)
    total = keras.layers.ReLU()(keras.layers.add([projected, residual]))
    return keras.Model(inputs=image, outputs=keras.layers.Dense(3)(total))
