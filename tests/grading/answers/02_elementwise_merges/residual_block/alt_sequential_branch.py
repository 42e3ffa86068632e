# Alternative: the main branch as a small Sequential model, added in the other order.
# Expect: pass
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    main = keras.Sequential(
        [keras.layers.Dense(32, activation="relu"), keras.layers.Dense(16)], name="main_branch"
    )
    shortcut = keras.layers.Dense(16, name="projection")(flat)
    merged = keras.layers.Add()([shortcut, main(flat)])
    output = keras.layers.Dense(3)(keras.layers.Activation("relu")(merged))
    return keras.Model(features, output)
