# Alternative: the projection built first, Add([shortcut, branch]), ReLU layer, separate Activation on the hidden layer
# Expect: pass
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8), name="feature_map")
    flat = keras.layers.Flatten(name="flat")(features)
    shortcut = keras.layers.Dense(16, name="projection")(flat)
    h = keras.layers.Dense(32, name="hidden")(flat)
    h = keras.layers.Activation("relu")(h)
    branch = keras.layers.Dense(16, activation=None, name="branch")(h)
    merged = keras.layers.ReLU()(keras.layers.Add()([shortcut, branch]))
    return keras.Model(features, keras.layers.Dense(3, name="head")(merged))
