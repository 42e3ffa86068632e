# Alternative: every input and layer named, imported from keras.layers
# Expect: pass
from keras import Input, Model
from keras.layers import Dense


def build_fusion_model(merge):
    accelerometer = Input(shape=(3,), name="accelerometer")
    gyroscope = Input(shape=(5,), name="gyroscope")
    magnetometer = Input(shape=(7,), name="magnetometer")
    acc_branch = Dense(4, activation="relu", name="acc_branch")(accelerometer)
    gyro_branch = Dense(4, activation="relu", name="gyro_branch")(gyroscope)
    mag_branch = Dense(4, activation="relu", name="mag_branch")(magnetometer)
    fused = merge([acc_branch, gyro_branch, mag_branch])
    output = Dense(1, name="head")(fused)
    return Model(inputs=[accelerometer, gyroscope, magnetometer], outputs=output, name="sensor_fusion")
