# Misconception: any projection makes the widths agree, so project the main branch
# up to the shortcut's width (16 -> 128) instead of projecting the shortcut.
# Expect: fail "projection was applied to the main branch"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    branch = keras.layers.Dense(128)(branch)
    merged = keras.layers.Add()([branch, flat])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
