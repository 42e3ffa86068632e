# Alternative: TensorFlow ops (tf.pad, tf.eye) and the model's set_weights
# Expect: pass
import tensorflow as tf


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    spatial = [[1, 1], [1, 1], [0, 0], [0, 0]]
    k1_full = tf.pad(k1, spatial)
    id_full = tf.pad(tf.reshape(tf.eye(4), (1, 1, 4, 4)), spatial)
    model = keras.Sequential(
        [keras.layers.InputLayer(shape=(8, 8, 4)), keras.layers.Conv2D(4, 3, padding="same", activation=keras.activations.relu)]
    )
    model.set_weights([(k3 + k1_full + id_full).numpy(), b3 + b1])
    return model
