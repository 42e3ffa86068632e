# Alternative: each branch a small Sequential model used as a layer.
# Expect: pass
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(width,)) for width in (3, 5, 7)]
    towers = [
        keras.Sequential([keras.Input(shape=(width,)), keras.layers.Dense(4, activation="relu")])
        for width in (3, 5, 7)
    ]
    fused = merge([tower(sensor) for tower, sensor in zip(towers, sensors, strict=True)])
    return keras.Model(sensors, keras.layers.Dense(1)(fused))
