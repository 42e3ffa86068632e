# Alternative: loop over shapes, named layers
# Expect: pass
def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))

    inputs = [acc, gyro, mag]
    branches = []
    for i, t in enumerate(inputs):
        branches.append(keras.layers.Dense(4, activation="relu", name=f"branch_{i}")(t))
    merged = merge(branches)
    return keras.Model(inputs=inputs, outputs=keras.layers.Dense(1, name="head")(merged))
