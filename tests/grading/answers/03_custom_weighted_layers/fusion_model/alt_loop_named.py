# Alternative: a loop over the sensors' widths, named layers and inputs, separate Activation.
# Expect: pass
def build_fusion_model(merge):
    sensors, branches = [], []
    for name, width in [("accelerometer", 3), ("gyroscope", 5), ("magnetometer", 7)]:
        sensor = keras.Input(shape=(width,), name=name)
        projected = keras.layers.Dense(units=4, name=f"{name}_dense")(sensor)
        sensors.append(sensor)
        branches.append(keras.layers.Activation("relu")(projected))
    head = keras.layers.Dense(1, activation=None, name="head")
    return keras.Model(inputs=sensors, outputs=head(merge(branches)))
